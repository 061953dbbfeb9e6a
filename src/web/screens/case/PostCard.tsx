// A post as the author wrote it, with triage evidence marked in the text.
import type { Post } from '../../api/types.js';
import { Marked } from '../../components/Marked.js';
import { PlatformBadge } from '../../components/Badges.js';
import { formatDateTime } from '../../lib/time.js';
import { isImage } from '../../../domain/kept-files.js';
import { handleText, platformLabel } from '../../lib/labels.js';
import { evidenceLabel } from '../../lib/evidence.js';

export function PostCard({ post }: { post: Post }) {
  const author = post.author.displayName || post.author.handle || 'Unknown author';
  // Language is told by common words ("the", "a"); marking those in the post would only hide the evidence that matters,
  // so the triage panel names them instead.
  const spans = (post.triage?.evidence ?? []).filter((e) => e.field !== 'language').map((e) => ({
    start: e.start,
    end: e.end,
    label: { text: evidenceLabel(e.field, e.value), tone: e.field === 'risk' ? 'risk' : 'evidence' },
  }));
  return (
    <article className="post" aria-label={`Post by ${author}`}>
      <header className="post-head">
        <PlatformBadge platform={post.platform} />
        <strong>{author}</strong>
        {post.author.handle && post.author.displayName && <span className="muted">{handleText(post.author.handle, post.platform)}</span>}
        {post.rating != null && (
          <span className="rating" aria-label={`Rating ${post.rating} of 5`}>
            {'★'.repeat(Math.round(post.rating))}
            <span className="muted">{'★'.repeat(Math.max(0, 5 - Math.round(post.rating)))}</span>
          </span>
        )}
        <time dateTime={post.createdAt} className="muted small">
          {formatDateTime(post.createdAt)}
        </time>
        {post.revision > 1 && <span className="badge">Edited (revision {post.revision})</span>}
      </header>
      <p className="post-text">
        <Marked text={post.text} spans={spans} />
      </p>
      {(post.attachments ?? []).map((a) => {
        const size = `${Math.max(1, Math.round(a.bytes / 1024))} KB`;
        const url = `/api/v1/uploads/${a.id}`;
        return isImage(a.contentType) ? (
          <figure key={a.id} className="post-attachment">
            <a href={url} target="_blank" rel="noopener noreferrer">
              <img src={url} alt={`${post.platform === 'forwarded' ? 'Forwarded screenshot' : 'Attached image'} ${a.filename}`} loading="lazy" />
            </a>
            <figcaption className="muted small">
              {a.filename} · {size}<span className="visually-hidden"> (opens full size in a new tab)</span>
            </figcaption>
          </figure>
        ) : (
          <p key={a.id} className="post-attachment small">
            <a href={url} download={a.filename}>
              Download {a.filename}
            </a>{' '}
            <span className="muted">· {size}</span>
          </p>
        );
      })}
      <footer className="post-foot small">
        {post.url ? (
          <a href={post.url} target="_blank" rel="noopener noreferrer">
            View the original on {platformLabel(post.platform)}<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        ) : (
          <span className="muted">No link to the original</span>
        )}
        {post.forwardedBy && <span className="muted"> · Forwarded by {post.forwardedBy}</span>}
        {spans.length > 0 && <span className="muted"> · Highlighted words are what triage relied on</span>}
      </footer>
    </article>
  );
}
