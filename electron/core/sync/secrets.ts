export const DATA_KEY_SECRET = 'sync-data-key';
export const SERVER_PASSWORD_SECRET = 'sync-server-password';
