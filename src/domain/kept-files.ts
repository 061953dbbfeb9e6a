// The files Redress keeps with a post: a forwarded screenshot, a photo or a letter attached to a "contact us" email.
// Images are the types a browser shows safely as an <img>; documents are offered as downloads, never shown inline.
// One list for the forward form, the API that accepts and serves them, and the mailbox reader.
export const IMAGE_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
export const DOCUMENT_TYPES: readonly string[] = [
  'application/pdf',
  'text/plain',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
];
export const KEPT_FILE_TYPES: readonly string[] = [...IMAGE_TYPES, ...DOCUMENT_TYPES];
/** Fits a JSON request and a database row. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const isImage = (contentType: string): boolean => IMAGE_TYPES.includes(contentType);
