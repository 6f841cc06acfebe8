import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Headset } from 'lucide-react';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { describeError, isApiError } from '@/lib/api/errors';
import { login } from '../api/desk';
import { useAgentSession } from '../hooks/use-agent-session';

/** Only paths inside the console are followed after sign-in. */
export function safeAgentPath(next: string | null): string {
  // Only back into the consoles, never to another site (an open redirect) or the customer side.
  return next && /^\/(agent|admin)(\/|\?|$)/.test(next) && !next.includes('://') ? next : '/agent';
}

/** /agent/sign-in: email and password (POST /api/auth/login); back to where the agent was after. */
export function AgentSignInPage() {
  const { t } = useTranslation('agent');
  const { store, ended } = useAgentSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await login(email.trim(), password);
      const session = store.signIn(result.token, 'demo', { name: result.agent?.name ?? null, expiresAt: result.expiresAt });
      if (!session) throw new Error('bad token');
      navigate(safeAgentPath(params.get('next')), { replace: true });
    } catch (e) {
      setError(isApiError(e) && e.status === 401 ? t('signIn.wrong') : describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="flex min-h-dvh items-center justify-center bg-bg p-6 text-sm text-fg">
      <form onSubmit={submit} className="flex w-full max-w-sm flex-col gap-4 rounded-ui border border-border bg-surface p-6 shadow-2">
        <div className="flex items-center gap-3">
          <span aria-hidden className="flex size-10 items-center justify-center rounded-ui bg-primary text-on-primary">
            <Headset className="size-5" />
          </span>
          <div>
            <h1 className="text-lg font-semibold">{t('signIn.title')}</h1>
            <p className="text-fg-muted">{t('signIn.subtitle')}</p>
          </div>
        </div>
        {ended === 'expired' && <Banner tone="warning" title={t('signIn.expired')} />}
        {ended === 'password-changed' && <Banner tone="warning" title={t('signIn.passwordChanged')} />}
        {ended === 'account-disabled' && <Banner tone="danger" title={t('signIn.accountDisabled')} />}
        {error && <Banner tone="danger" title={error} />}
        <Input label={t('signIn.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <Input
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Button type="submit" loading={busy} fullWidth>
          {t('signIn.submit')}
        </Button>
      </form>
    </main>
  );
}
