import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/error-state';
import { describeError } from '@/lib/api/errors';

/**
 * The last line: a render error or a lazy route whose code could not be downloaded (offline while
 * navigating) shows a retry instead of a white page. Retrying a failed chunk needs a reload.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Render failed', error, info.componentStack);
  }

  render() {
    if (this.state.error) return <Crashed error={this.state.error} />;
    return this.props.children;
  }
}

function Crashed({ error }: { error: unknown }) {
  const { t } = useTranslation(['common', 'errors']);
  const chunk = error instanceof Error && /dynamically imported module|Importing a module script failed|ChunkLoadError/i.test(error.message);
  return (
    <main className="mx-auto max-w-md p-4">
      <ErrorState
        title={t('errors:title')}
        description={chunk ? t('errors:network') : describeError(error)}
        retryLabel={t('actions.retry')}
        onRetry={() => window.location.reload()}
      />
    </main>
  );
}
