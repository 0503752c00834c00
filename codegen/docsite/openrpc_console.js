// The JSON-RPC request box of an OpenRPC reference page: sends a method call to the emulator serving the page
// (the origin it was loaded from, plus the spec's server path) and shows the answer. "Try it" on a method
// fills the box with that method's documented example, the demo account's key in place of the example's.
(function () {
  var form = document.getElementById("rpc-console");
  if (!form) return;
  var examples = JSON.parse(document.getElementById("rpc-examples").textContent);
  var endpoint = form.elements.endpoint, method = form.elements.method, params = form.elements.params;
  var status = document.getElementById("rpc-status"), output = document.getElementById("rpc-response");
  if (location.protocol === "http:" || location.protocol === "https:") {
    endpoint.value = location.origin + form.getAttribute("data-path");
  }
  var nextId = 1;

  function load(name) {
    method.value = name;
    params.value = JSON.stringify(examples[name] || {}, null, 2);
  }

  method.addEventListener("change", function () { load(method.value); });
  document.querySelectorAll("button[data-try-method]").forEach(function (button) {
    button.addEventListener("click", function () {
      load(button.getAttribute("data-try-method"));
      form.scrollIntoView({ block: "start" });
      params.focus();
    });
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var parsed;
    try {
      parsed = JSON.parse(params.value || "{}");
    } catch (error) {
      status.textContent = "params is not JSON: " + error.message;
      output.textContent = "";
      return;
    }
    var request = { jsonrpc: "2.0", id: nextId++, method: method.value, params: parsed };
    status.textContent = "sending " + method.value + " to " + endpoint.value + " ...";
    output.textContent = "";
    fetch(endpoint.value, {
      method: "POST",
      headers: { "Content-Type": "application/json; charset=UTF-8" },
      body: JSON.stringify(request),
    }).then(function (response) {
      return response.text().then(function (text) {
        status.textContent = "HTTP " + response.status + " " + response.statusText;
        try {
          output.textContent = JSON.stringify(JSON.parse(text), null, 2);
        } catch (error) {
          output.textContent = text;
        }
      });
    }).catch(function (error) {
      status.textContent = "the request failed: " + error.message;
    });
  });
  load(method.value);
})();
