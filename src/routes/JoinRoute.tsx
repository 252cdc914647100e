import { useParams } from 'react-router-dom';
import { JoinShare } from '../features/share/JoinShare';

/** A shared process's link: `#/delt/<rediger|laes>/<room>/<token>/<key>`. */
export function Component() {
  const { mode, room, token, secret } = useParams();
  return <JoinShare mode={mode} room={room} token={token} secret={secret} />;
}
