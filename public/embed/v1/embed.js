/*! 数诊 Shuzhen embed loader v1 — https://github.com/ (see README "Embedding"). No dependencies. */
(function () {
  "use strict";
  var ATTRS = { region: "region", industry: "industry", firmName: "name", creditCode: "creditCode", lang: "lang", themeColor: "theme" };
  var TYPES = { "shuzhen:loaded": 1, "shuzhen:resize": 1, "shuzhen:step": 1, "shuzhen:completed": 1 };

  function mount(script) {
    if (script.getAttribute("data-shuzhen-mounted")) return;
    script.setAttribute("data-shuzhen-mounted", "1");
    var tenant = script.getAttribute("data-tenant") || "";
    if (!/^[a-z0-9-]{2,40}$/.test(tenant)) {
      if (window.console) console.error("[shuzhen] data-tenant is missing or malformed");
      return;
    }
    var app = new URL(script.src, document.baseURI).origin;
    var query = new URLSearchParams({ origin: window.location.origin });
    for (var key in ATTRS) {
      var value = script.dataset[key];
      if (value) query.set(ATTRS[key], value);
    }
    // Resuming: the host kept the assessment id and resume token from an earlier step event.
    var id = script.getAttribute("data-assessment") || "";
    var token = script.getAttribute("data-resume-token") || "";
    var resume = /^[0-9a-f-]{36}$/.test(id) && /^[A-Za-z0-9_-]{20,200}$/.test(token);
    var frame = document.createElement("iframe");
    frame.src = app + "/embed/" + tenant + (resume ? "/a/" + id : "") + "?" + query.toString() + (resume ? "#k=" + token : "");
    frame.title = script.getAttribute("data-title") || (query.get("lang") === "en" ? "Digital maturity assessment" : "数字化水平评测");
    frame.setAttribute("loading", "lazy");
    frame.setAttribute("allow", "clipboard-write");
    frame.style.cssText = "display:block;width:100%;border:0;height:" + (script.getAttribute("data-height") || "640") + "px;transition:height .15s ease";
    var target = script.getAttribute("data-target");
    var holder = target ? document.querySelector(target) : null;
    if (holder) holder.appendChild(frame);
    else script.parentNode.insertBefore(frame, script.nextSibling);

    window.addEventListener("message", function (event) {
      // Only our app, only this iframe, only our namespaced and known events.
      if (event.origin !== app || event.source !== frame.contentWindow) return;
      var data = event.data;
      if (!data || data.source !== "shuzhen" || data.version !== 1 || !TYPES[data.type]) return;
      var detail = data.detail || {};
      if (data.type === "shuzhen:resize" && typeof detail.height === "number" && detail.height > 0) frame.style.height = Math.ceil(detail.height) + "px";
      // The result replaces a long questionnaire: bring the frame's top into view (the host was scrolled
      // to where the submit button was, below what is now a shorter page), unless it is in view already.
      if (data.type === "shuzhen:completed" && frame.getBoundingClientRect().top < 0) frame.scrollIntoView({ block: "start" });
      var payload = { tenant: tenant, iframe: frame };
      for (var k in detail) payload[k] = detail[k];
      frame.dispatchEvent(new CustomEvent(data.type, { detail: payload, bubbles: true }));
    });
  }

  var scripts = document.querySelectorAll("script[data-tenant]");
  for (var i = 0; i < scripts.length; i++) if (/\/embed\/v1\/embed\.js(\?|$)/.test(scripts[i].src)) mount(scripts[i]);
})();
