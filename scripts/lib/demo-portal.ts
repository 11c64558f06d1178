import { createServer, type Server } from "node:http";

/**
 * A stand-in for a city's SME service platform, served from another origin (DEMO_PORTAL_PORT), that
 * embeds the assessment with the documented snippet and shows the events it receives. `/` is the
 * normal page; `/wrong-origin` frames the embed route claiming another host origin (it must hear
 * nothing).
 */

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

const LOG_SCRIPT = `
  var events = (window.__shuzhenEvents = []);
  function log(type, detail) {
    events.push({ type: type, detail: detail });
    var li = document.createElement("li");
    li.setAttribute("data-type", type);
    var shown = {};
    for (var k in detail) if (k !== "iframe") shown[k] = k === "resumeToken" && detail[k] ? detail[k].slice(0, 6) + "…" : detail[k];
    li.textContent = type + " " + JSON.stringify(shown);
    document.getElementById("events").appendChild(li);
  }`;

function page(appUrl: string, tenant: string): string {
  const snippet = `<script src="${appUrl}/embed/v1/embed.js" data-tenant="${tenant}" data-region="410105" data-industry="34" data-lang="zh-CN"></script>`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>郑州市中小企业数字化转型服务平台（演示门户）</title>
<style>body{font:16px/1.6 system-ui,"Noto Sans CJK SC",sans-serif;margin:0;color:#1f2937;background:#f3f4f6}
header{background:#0b5394;color:#fff;padding:16px 24px}main{max-width:960px;margin:0 auto;padding:24px}
.card{background:#fff;border-radius:8px;padding:16px;margin:16px 0}pre{white-space:pre-wrap;background:#111827;color:#e5e7eb;padding:12px;border-radius:6px;font-size:13px}
#events li{font-family:monospace;font-size:13px}</style></head>
<body><header><strong>郑州市中小企业数字化转型服务平台</strong> · 演示门户 / demo portal</header>
<main>
<p>这是一个模拟的城市服务平台页面（另一个源），用文档中的代码嵌入数诊评测。This stand-in city portal, on another origin, embeds the assessment with the documented snippet.</p>
<div class="card"><pre>${esc(snippet)}</pre></div>
<div class="card" id="embed-slot">
<script>${LOG_SCRIPT}
  ["shuzhen:loaded","shuzhen:resize","shuzhen:step","shuzhen:completed"].forEach(function (t) {
    window.addEventListener(t, function (e) {
      log(t, e.detail);
      // Keep the resume token: the iframe's own storage may be partitioned or blocked.
      if (e.detail.resumeToken) localStorage.setItem("shuzhen-demo-resume", JSON.stringify({ id: e.detail.assessmentId, token: e.detail.resumeToken, done: t === "shuzhen:completed" }));
    });
  });
  var saved = JSON.parse(localStorage.getItem("shuzhen-demo-resume") || "null");
  var s = document.createElement("script");
  s.src = ${JSON.stringify(`${appUrl}/embed/v1/embed.js`)};
  s.setAttribute("data-tenant", ${JSON.stringify(tenant)});
  s.setAttribute("data-region", "410105");
  s.setAttribute("data-industry", "34");
  s.setAttribute("data-lang", "zh-CN");
  if (saved && !saved.done && location.search.indexOf("fresh") < 0) { s.setAttribute("data-assessment", saved.id); s.setAttribute("data-resume-token", saved.token); }
  document.getElementById("embed-slot").appendChild(s);
</script>
</div>
<div class="card"><h2>收到的事件 / events received</h2><ol id="events"></ol></div>
</main></body></html>`;
}

function wrongOriginPage(appUrl: string, tenant: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>wrong origin</title></head><body>
<p>The iframe below claims another host origin; this page must receive no message.</p>
<iframe id="frame" title="assessment" style="width:100%;height:600px;border:0" src="${esc(`${appUrl}/embed/${tenant}?origin=${encodeURIComponent("https://not-allowed.example.cn")}`)}"></iframe>
<ol id="events"></ol>
<script>${LOG_SCRIPT}
  window.addEventListener("message", function (e) { log("message", { origin: e.origin, data: e.data }); });
</script></body></html>`;
}

export function startDemoPortal(options: { port: number; appUrl: string }): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://demo");
    const tenant = /^[a-z0-9-]{2,40}$/.test(url.searchParams.get("tenant") ?? "") ? url.searchParams.get("tenant")! : "zhengzhou";
    const body = url.pathname === "/" ? page(options.appUrl, tenant) : url.pathname === "/wrong-origin" ? wrongOriginPage(options.appUrl, tenant) : null;
    res.writeHead(body ? 200 : 404, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    res.end(body ?? "not found");
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => resolve(server));
  });
}
