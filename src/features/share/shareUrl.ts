/** The whole address of an in-app path, as it is handed on: this page, then `#` and the path. */
export const shareUrl = (path: string): string => `${location.href.split('#')[0]}#${path}`;

/** Sharing is loaded only when a process is shared or a link is opened. */
export const loadSharing = () => import('../../store/share/sharing');
