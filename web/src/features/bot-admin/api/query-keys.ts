export const botAdminKeys = {
  all: ['bot-admin'] as const,
  intents: () => ['bot-admin', 'intents'] as const,
  intent: (name: string) => ['bot-admin', 'intent', name] as const,
  models: () => ['bot-admin', 'models'] as const,
  training: () => ['bot-admin', 'training'] as const,
  handover: () => ['bot-admin', 'handover-rules'] as const,
};
