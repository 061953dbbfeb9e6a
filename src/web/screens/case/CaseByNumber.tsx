// "#/cases/140": people quote case numbers, so an address with one opens that case under its real address.
import { useEffect } from 'react';
import { useApp } from '../../hooks/context.js';
import { useResource } from '../../hooks/useResource.js';
import { navigate } from '../../hooks/useHashRoute.js';
import { caseHref } from '../../lib/route.js';
import { ApiError } from '../../api/client.js';
import { Empty, ErrorState, Loading } from '../../components/States.js';
import { CASE_NOT_FOUND } from './CaseScreen.js';

export function CaseByNumber({ number }: { number: number }) {
  const { api } = useApp();
  const found = useResource(() => api.caseByNumber(number), [api, number]);
  useEffect(() => {
    if (found.state === 'ready') navigate(caseHref(found.data.id), { replace: true });
  }, [found]);
  if (found.state === 'error') {
    // Trying again cannot find a case that is missing or out of scope; the server's "No such case." says less.
    if (found.error instanceof ApiError && (found.error.status === 404 || found.error.status === 403)) {
      return (
        <Empty title={CASE_NOT_FOUND}>
          <a href="#/inbox">Back to the inbox</a>
        </Empty>
      );
    }
    return <ErrorState error={found.error} what={`case #${number}`} onRetry={found.reload} />;
  }
  return <Loading label={`Opening case #${number}…`} />;
}
