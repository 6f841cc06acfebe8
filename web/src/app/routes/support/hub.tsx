import { useTranslation } from 'react-i18next';

/** /support: the support hub (help centre search, categories, contextual help, ways to reach us). */
export function HubRoute() {
  const { t } = useTranslation();
  return (
    <div className="p-4">
      <h1 className="text-2xl font-semibold">{t('appName')}</h1>
    </div>
  );
}
