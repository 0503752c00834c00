// Starts Scalar on an OpenAPI reference page. Served over HTTP(S), the page comes from the emulator, so
// every server list (the document's, a path's, an operation's) gets the emulator's own origin first, with
// each server's path: the try-it console then sends to the emulator serving this page, on any port.
(function () {
  var doc = JSON.parse(document.getElementById("openapi-document").textContent);
  var options = JSON.parse(document.getElementById("reference-options").textContent);
  var served = location.protocol === "http:" || location.protocol === "https:";
  var METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

  function pathOf(url) {
    return url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^\/]*/i, "").replace(/\/$/, "");
  }

  function withEmulator(servers) {
    var list = servers && servers.length ? servers : [{ url: "" }];
    var local = [], seen = {};
    list.forEach(function (server) {
      var path = pathOf(String(server.url || ""));
      if (seen[path]) return;
      seen[path] = true;
      var entry = { url: location.origin + path, description: "This emulator (" + location.origin + ")" };
      var variables = {};
      Object.keys(server.variables || {}).forEach(function (name) {
        if (path.indexOf("{" + name + "}") !== -1) variables[name] = server.variables[name];
      });
      if (Object.keys(variables).length) entry.variables = variables;
      local.push(entry);
    });
    return local.concat(servers || []);
  }

  if (served) {
    doc.servers = withEmulator(doc.servers);
    Object.keys(doc.paths || {}).forEach(function (path) {
      var item = doc.paths[path];
      if (item.servers) item.servers = withEmulator(item.servers);
      METHODS.forEach(function (method) {
        if (item[method] && item[method].servers) item[method].servers = withEmulator(item[method].servers);
      });
    });
  }
  options.content = doc;
  Scalar.createApiReference("#reference", options);
})();
