/** One logged request, already redacted in main (DESIGN.md decision 8). */
export interface LogEntry {
  seq: number;
  /** Profile id, when the request belongs to one. */
  cloud?: string;
  at: string;
  method: string;
  url: string;
  service: string;
  status?: number;
  elapsedMs: number;
  requestId?: string;
  /** Redacted request body, when there was one. */
  requestBody?: string;
  /** Set when no HTTP status came back: timeout, refused, reset. */
  error?: string;
  attempt: number;
}
