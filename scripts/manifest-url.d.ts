export const DEV_BASE_URL: string;
export function normaliseBaseUrl(url: string): string;
export function rewriteManifestUrls(xml: string, baseUrl: string): string;
