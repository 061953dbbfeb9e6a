// The images Redress keeps with a post (a forwarded screenshot, a photo attached to an email): the types a browser
// shows safely as an <img>, and a size that fits a JSON request and a database row. One list for the forward form,
// the API that accepts and serves them, and the mailbox reader.
export const IMAGE_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
