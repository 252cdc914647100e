import { Link } from 'react-router-dom';
import { useT } from '../i18n/useT';
import { paths } from '../paths';

export function NotFound() {
  const t = useT().common.notFound;
  return (
    <>
      <h1>{t.title}</h1>
      <Link to={paths.home()}>{t.back}</Link>
    </>
  );
}
