// Swagger UI on this node's /openapi. A successful POST /rest/v1/auth from the page authorizes the
// page with the token it returns; the Authorize button takes a token from anywhere else. Nothing
// is fetched from outside the node: no validator badge, no remote spec. The tags start closed: with every
// one of the document's 160-odd operations open at once, Swagger UI 5.34 rendered the first tag only.
window.onload = function () {
  var openapi = new URL('../../openapi?format=json', window.location.href).href;
  window.ui = SwaggerUIBundle({
    url: openapi,
    dom_id: '#swagger-ui',
    deepLinking: true,
    docExpansion: 'none',
    validatorUrl: null,
    displayRequestDuration: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'BaseLayout',
    responseInterceptor: function (response) {
      if (response.ok && /\/rest(\/v1)?\/auth$/.test(new URL(response.url).pathname) && response.body
          && response.body.token) {
        window.ui.preauthorizeApiKey('sessionToken', response.body.token);
      }
      return response;
    }
  });
};
