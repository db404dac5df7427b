// The API portal: Swagger UI on the gateway's merged OpenAPI document, logging in with Keycloak (authorization
// code with PKCE). A file of its own, not an inline script: the page's Content-Security-Policy allows none.
"use strict";
window.addEventListener("load", function () {
  var host = document.getElementById("swagger-ui");
  var here = document.baseURI;
  var ui = SwaggerUIBundle({
    url: new URL(host.dataset.openapi, here).href,
    domNode: host,
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "BaseLayout",
    filter: true,
    // the login comes back to the gateway's own copy of Swagger UI's redirect page
    oauth2RedirectUrl: new URL(host.dataset.oauth2Redirect, here).href,
    // no call to a public validator: the portal talks to the gateway and Keycloak only
    validatorUrl: null
  });
  ui.initOAuth({
    clientId: host.dataset.clientId,
    usePkceWithAuthorizationCodeGrant: true
  });
  window.ui = ui;
});
