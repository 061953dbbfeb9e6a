// Who wrote the posts, their other cases, and cases of other accounts with the same full name: one patient often
// writes a review and a page comment, and staff merge them once they judge it is the same person.
import type { CaseDetail, CaseSummary } from '../../api/types.js';
import { handleText, platformLabel, statusLabel } from '../../lib/labels.js';
import { caseHref } from '../../lib/route.js';

export function CaseLine({ c, showPlatform }: { c: CaseSummary; showPlatform?: boolean }) {
  return (
    <>
      <a href={caseHref(c.id)}>#{c.number}</a>{' '}
      <span className="muted small">
        {showPlatform ? `${platformLabel(c.platform)} · ${c.authorName ?? c.authorHandle ?? 'Unknown'} · ` : ''}
        {statusLabel(c.status)} · {c.excerpt.slice(0, 60)}
      </span>
    </>
  );
}

export function AuthorPanel({ author }: { author: NonNullable<CaseDetail['author']> }) {
  return (
    <section className="panel" aria-labelledby="author-title">
      <h2 id="author-title">Author</h2>
      <p>
        {author.displayName ?? author.handle ?? 'Unknown'}
        {author.handle && author.displayName && author.platform !== 'email' && <span className="muted"> {handleText(author.handle, author.platform)}</span>}
      </p>
      {/* A contact-us email is answered from one's own mail client: the address is what the rep needs. */}
      {author.platform === 'email' && author.handle && (
        <p>
          <span className="muted">Email</span> <a href={`mailto:${author.handle}`}>{author.handle}</a>
        </p>
      )}
      {author.otherCases.length === 0 ? (
        <p className="muted small">No other cases from this author.</p>
      ) : (
        <>
          <h3 className="small">Their other cases</h3>
          <ul className="plain-list">
            {author.otherCases.map((c) => (
              <li key={c.id}>
                <CaseLine c={c} />
              </li>
            ))}
          </ul>
        </>
      )}
      {author.sameNameCases.length > 0 && (
        <>
          <h3 className="small" id="same-name-title">
            Same name on another account
          </h3>
          <p className="muted small">Possibly the same person. If it is, merge the cases so one team follows up once.</p>
          <ul className="plain-list" aria-labelledby="same-name-title">
            {author.sameNameCases.map((c) => (
              <li key={c.id}>
                <CaseLine c={c} showPlatform />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
