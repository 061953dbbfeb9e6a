// "#/cases/140": people quote case numbers, so an address with one opens that case under its real address.
import { useEffect } from 'react';
import { useApp } from '../../hooks/context.js';
import { useResource } from '../../hooks/useResource.js';
import { navigate } from '../../hooks/useHashRoute.js';
import { caseHref } from '../../lib/route.js';
import { ErrorState, Loading } from '../../components/States.js';

export function CaseByNumber({ number }: { number: number }) {
  const { api } = useApp();
  const found = useResource(() => api.caseByNumber(number), [api, number]);
  useEffect(() => {
    if (found.state === 'ready') navigate(caseHref(found.data.id), { replace: true });
  }, [found]);
  if (found.state === 'error') return <ErrorState error={found.error} what={`case #${number}`} onRetry={found.reload} />;
  return <Loading label={`Opening case #${number}…`} />;
}
