import { Component, type ReactNode } from 'react';

interface Props {
  fallback: (reload: () => void) => ReactNode;
  children: ReactNode;
}

/** Catches a crash in the UI; the data is already in IndexedDB, so a reload is safe. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed
      ? this.props.fallback(() => window.location.reload())
      : this.props.children;
  }
}
