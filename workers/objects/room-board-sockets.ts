import type { BoardMessage } from "./room-board.schema";

/** The tag of sockets opened with the room-finder link's key (not a member's session). */
const LINK_SOCKET = "link-key";
/** Close code a finder page reads as "this link no longer works" (4000–4999 are the application's). */
const LINK_REPLACED = 4403;

/**
 * The room-finder pages connected to one RoomBoard, over hibernatable WebSockets: an idle page
 * costs nothing and the object may sleep between messages.
 */
export class BoardSockets {
  /** Unique to this instance, so a version from before an eviction never matches one after. */
  private readonly instance = crypto.randomUUID();
  private changes = 0;

  constructor(private readonly object: DurableObjectState) {}

  /**
   * Changes whenever open pages are told something: every change a finder page can show passes
   * through broadcast, so a page rendered at one version is the page at that version.
   */
  version(): string {
    return `${this.instance}.${this.changes}`;
  }

  /**
   * Accepts a page's socket and sends it the board as it stands. Sockets opened with the link key
   * are tagged, so replacing the link can close them.
   */
  accept(server: WebSocket, viaLinkKey: boolean, first: BoardMessage): void {
    this.object.acceptWebSocket(server, viaLinkKey ? [LINK_SOCKET] : []);
    server.send(JSON.stringify(first));
  }

  broadcast(message: BoardMessage): void {
    this.changes++;
    const text = JSON.stringify(message);
    for (const ws of this.object.getWebSockets()) {
      try {
        ws.send(text);
      } catch {
        // A socket closing at this moment is not the board's problem.
      }
    }
  }

  /** Closes every page opened with the link key (4403); pages of signed-in members stay. */
  closeLinkSockets(): number {
    const sockets = this.object.getWebSockets(LINK_SOCKET);
    for (const socket of sockets) socket.close(LINK_REPLACED, "The room-finder link was replaced.");
    return sockets.length;
  }

  count(): number {
    return this.object.getWebSockets().length;
  }
}
