"use strict";
// The manifest is written for the dev server; a deployment build points it at the real host.

const DEV_BASE_URL = "https://localhost:3000/";

/** Checks that url is an https base URL and returns it with exactly one trailing slash. */
function normaliseBaseUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Not a URL: "${url}". Give the add-in's base URL, e.g. --env url=https://host/path/`);
  }
  if (parsed.protocol !== "https:") {
    throw new Error(`Office add-ins must be served over https, but the base URL is "${url}".`);
  }
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new Error(`The base URL "${url}" must not contain a query, a fragment or credentials.`);
  }
  parsed.pathname = parsed.pathname.replace(/\/*$/, "/");
  return parsed.href;
}

/** Replaces every https://localhost:3000/ in the manifest text with baseUrl. */
function rewriteManifestUrls(xml, baseUrl) {
  const base = normaliseBaseUrl(baseUrl).replace(/&/g, "&amp;");
  return xml.split(DEV_BASE_URL).join(base);
}

module.exports = { DEV_BASE_URL, normaliseBaseUrl, rewriteManifestUrls };
