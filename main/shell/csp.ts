/**
 * The renderer's Content Security Policy, shared by both shells (the Electron window's app://
 * responses and the browser host's pages): only our own scripts, no eval, no framing,
 * requests to ourselves only. It lives outside either shell's folder because each shell is
 * packaged without the other.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
