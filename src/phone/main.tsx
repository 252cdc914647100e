import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PhoneApp } from './PhoneApp';
import './phone.css';

const root = document.getElementById('phone');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PhoneApp />
    </StrictMode>,
  );
}
