import { showServer } from './server-links.js';

/** A server's name as a link to its row on the servers screen (`showServer`). */
export function ServerNameLink({ name }: { name: string }) {
  return (
    <a
      href="#/servers"
      onClick={(e) => {
        e.preventDefault();
        showServer(name);
      }}
    >
      {name}
    </a>
  );
}
