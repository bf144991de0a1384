// Runs before anything else on both pages (webpack.config.js inlines it into taskpane.html and
// commands.html). On an old webview (Trident/IE 11, EdgeHTML) the bundles, written for today's browsers,
// cannot run; this check, in ECMAScript 5, says so instead of leaving the pane blank.
/* global window, document */
(function () {
  var modern = false;
  try {
    modern =
      typeof Promise === "function" &&
      typeof Map === "function" &&
      typeof Symbol === "function" &&
      new Function("var o = {}; return o?.a ?? 1;")() === 1;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
  } catch (e) {
    modern = false;
  }
  if (modern) return;
  window.thiduaOldWebview = true;
  function paragraph(parent, lang, text) {
    var p = document.createElement("p");
    p.setAttribute("lang", lang);
    p.appendChild(document.createTextNode(text));
    parent.appendChild(p);
    return p;
  }
  function show() {
    var address = String(window.location.href).split("#")[0];
    var body = document.body;
    body.innerHTML = "";
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.style.fontFamily = "Segoe UI, sans-serif";
    box.style.fontSize = "14px";
    box.style.padding = "16px";
    paragraph(box, "vi", "Trình chạy phần bổ trợ của Excel này đã quá cũ nên Thi đua không chạy được.");
    var viHow =
      "Hãy cài Microsoft Edge WebView2 hoặc cập nhật Office; hoặc mở chính trang này bằng Edge hay Chrome để làm cùng công việc trên tệp:";
    paragraph(box, "vi", viHow);
    paragraph(box, "en", "This Excel's add-in engine is too old to run Thi đua.");
    var enHow =
      "Install Microsoft Edge WebView2 or update Office; or open this same page in Edge or Chrome to do the same work on files:";
    paragraph(box, "en", enHow);
    var link = document.createElement("a");
    link.setAttribute("href", address);
    link.setAttribute("target", "_blank");
    link.appendChild(document.createTextNode(address));
    var p = document.createElement("p");
    p.appendChild(link);
    box.appendChild(p);
    body.appendChild(box);
  }
  if (document.body) show();
  else document.addEventListener("DOMContentLoaded", show);
})();
