import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KeyRound } from 'lucide-react';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { IconButton } from '@/components/ui/icon-button';
import { Input } from '@/components/ui/input';
import { describeError, isApiError } from '@/lib/api/errors';
import { changePassword, logout } from '../api/desk';
import { useAgentSession } from '../hooks/use-agent-session';

const MIN_LENGTH = 10;

type Field = 'currentPassword' | 'newPassword' | 'confirm';

/**
 * Current, new and new again (POST /api/auth/password). The session takes the token that comes back,
 * as every earlier token of the account stops working.
 */
function PasswordForm({ oneTime, onChanged }: { oneTime: boolean; onChanged: () => void }) {
  const { t } = useTranslation('agent');
  const { store, session } = useAgentSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (next.length < MIN_LENGTH) return setErrors({ newPassword: t('password.tooShort') });
    if (next !== confirm) return setErrors({ confirm: t('password.mismatch') });
    setErrors({});
    setBusy(true);
    try {
      const result = await changePassword(current, next);
      if (!store.signIn(result.token, 'demo', { name: result.agent?.name ?? session?.name, expiresAt: result.expiresAt })) {
        throw new Error('bad token');
      }
      onChanged();
    } catch (e) {
      const fields = isApiError(e) ? e.fieldErrors.filter((f) => f.field === 'currentPassword' || f.field === 'newPassword') : [];
      if (fields.length > 0) {
        setErrors(Object.fromEntries(fields.map((f) => [f.field, f.message ?? describeError(e)])));
      } else {
        setError(describeError(e));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      {error && <Banner tone="danger" title={error} />}
      <Input
        label={oneTime ? t('password.currentOneTime') : t('password.current')}
        type="password"
        autoComplete="current-password"
        required
        value={current}
        error={errors.currentPassword}
        onChange={(e) => setCurrent(e.target.value)}
      />
      <Input
        label={t('password.new')}
        type="password"
        autoComplete="new-password"
        required
        hint={t('password.newHint')}
        value={next}
        error={errors.newPassword}
        onChange={(e) => setNext(e.target.value)}
      />
      <Input
        label={t('password.confirm')}
        type="password"
        autoComplete="new-password"
        required
        value={confirm}
        error={errors.confirm}
        onChange={(e) => setConfirm(e.target.value)}
      />
      <Button type="submit" loading={busy} fullWidth>
        {t('password.submit')}
      </Button>
    </form>
  );
}

/** Right after a sign-in with a one-time password: nothing else of the console until it is replaced. */
export function ChoosePasswordPage() {
  const { t } = useTranslation('agent');
  const { store } = useAgentSession();
  const signOut = async () => {
    await logout();
    store.signOut();
  };
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center bg-bg p-6 text-sm text-fg">
      <section
        aria-labelledby="choose-password-title"
        className="flex w-full max-w-sm flex-col gap-4 rounded-ui border border-border bg-surface p-6 shadow-2"
      >
        <div className="flex items-center gap-3">
          <span aria-hidden className="flex size-10 shrink-0 items-center justify-center rounded-ui bg-primary text-on-primary">
            <KeyRound className="size-5" />
          </span>
          <div>
            <h1 id="choose-password-title" className="text-lg font-semibold">
              {t('password.chooseTitle')}
            </h1>
            <p className="text-fg-muted">{t('password.chooseSubtitle')}</p>
          </div>
        </div>
        {/* Once saved, the session's new token no longer asks: the console renders in this place. */}
        <PasswordForm oneTime onChanged={() => undefined} />
        <Button variant="ghost" onClick={() => void signOut()}>
          {t('password.signOut')}
        </Button>
      </section>
    </main>
  );
}

/** The header's key button: any staff member changes their own password. */
export function ChangePasswordButton() {
  const { t } = useTranslation('agent');
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={(value) => {
        setOpen(value);
        if (value) setDone(false);
      }}
    >
      <IconButton size="sm" label={t('header.changePassword')} icon={<KeyRound className="size-4" />} onClick={() => setOpen(true)} />
      <DialogContent title={t('password.changeTitle')} description={t('password.changeDescription')} closeLabel={t('password.close')}>
        {done ? <Banner tone="info" title={t('password.changed')} /> : <PasswordForm oneTime={false} onChanged={() => setDone(true)} />}
      </DialogContent>
    </Dialog>
  );
}
