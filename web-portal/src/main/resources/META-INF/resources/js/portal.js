// Progressive enhancements only: every page works without this file.
(function () {
  "use strict";

  // Offer the device's time zone in the zone switch and the preferences.
  var deviceZone;
  try { deviceZone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { deviceZone = null; }
  if (deviceZone) {
    var select = document.querySelector("select[data-device-zone]");
    var useButton = document.querySelector(".js-device-zone");
    if (select && useButton) {
      useButton.hidden = false;
      useButton.textContent = "Use my device's zone (" + deviceZone + ")";
      useButton.addEventListener("click", function () {
        if (!Array.prototype.some.call(select.options, function (o) { return o.value === deviceZone; })) {
          select.add(new Option(deviceZone, deviceZone));
        }
        select.value = deviceZone;
        select.form.submit();
      });
    }
    var zoneInput = document.querySelector("input[data-device-zone-input]");
    if (zoneInput && !zoneInput.value) { zoneInput.placeholder = deviceZone; }
    // A workshop's dates in the device's zone too, when the page shows them in other zones only.
    var range = document.querySelector("[data-local-range]");
    if (range && range.getAttribute("data-shown-zones").split(" ").indexOf(deviceZone) < 0) {
      var format = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short",
        hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
      range.textContent = "In your device's zone (" + deviceZone + "): "
        + format.format(new Date(range.getAttribute("data-starts"))) + " – " + format.format(new Date(range.getAttribute("data-ends")));
      range.hidden = false;
    }
  }

  // Check-in: read a QR ticket with the camera where the browser can (BarcodeDetector), else type the code.
  var scan = document.querySelector(".js-scan");
  if (scan && "BarcodeDetector" in window && navigator.mediaDevices) {
    scan.hidden = false;
    scan.addEventListener("click", function () {
      var video = document.querySelector("video.scanner");
      var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
      navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } }).then(function (stream) {
        video.srcObject = stream;
        video.hidden = false;
        video.play();
        var look = function () {
          detector.detect(video).then(function (codes) {
            if (codes.length > 0) {
              stream.getTracks().forEach(function (t) { t.stop(); });
              var input = document.getElementById("ticketCode");
              input.value = codes[0].rawValue;
              input.form.submit();
            } else {
              requestAnimationFrame(look);
            }
          }, function () { requestAnimationFrame(look); });
        };
        look();
      }, function () { scan.textContent = "The camera is not available: type the code"; scan.disabled = true; });
    });
  }
  // The roster's counts: counted again every 30 seconds (the page shows them as counted when it loaded).
  var counts = document.querySelector("[data-counts]");
  if (counts && window.fetch && window.DOMParser) {
    var refresh = function () {
      // A sign-in that lapsed answers with a redirect to the login page: keep the counts shown, do not follow it.
      fetch(counts.getAttribute("data-counts"), { credentials: "same-origin", redirect: "manual" }).then(function (answer) {
        if (!answer.ok) { return null; }
        return answer.text();
      }).then(function (html) {
        if (!html) { return; }
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("counts");
        if (fresh && fresh.textContent !== counts.textContent) {
          counts.replaceWith(fresh);
          counts = fresh;
        }
      }, function () { /* the next round tries again */ });
    };
    setInterval(refresh, 30000);
  }
  // The call's countdown: counted down each minute in the page, in the words the server wrote it in (Deadlines.left).
  var countdown = document.querySelector("[data-countdown]");
  if (countdown) {
    var deadline = Date.parse(countdown.getAttribute("data-countdown"));
    var sentence = countdown.parentNode;
    var timer;
    var plural = function (n, unit) { return n + " " + unit + (n === 1 ? "" : "s"); };
    var tick = function () {
      var minutes = Math.floor((deadline - Date.now()) / 60000);
      if (isNaN(minutes) || minutes < 0) { sentence.textContent = "The call has closed."; clearInterval(timer); return; }
      var days = Math.floor(minutes / 1440), hours = Math.floor(minutes % 1440 / 60), rest = minutes % 60;
      countdown.textContent = days > 0 ? plural(days, "day") + ", " + plural(hours, "hour")
        : hours > 0 ? plural(hours, "hour") + ", " + plural(rest, "minute")
        : rest > 0 ? plural(rest, "minute") : "less than a minute";
    };
    timer = setInterval(tick, 60000);
  }
  // Notifications: new ones appear at the top of the feed as they arrive (Server-Sent Events through the portal).
  var live = document.querySelector("[data-live-feed]");
  if (live && "EventSource" in window) {
    var announcer = document.getElementById("live-announcer");
    var source = new EventSource("/notifications/live");
    source.onmessage = function (event) {
      var notice;
      try { notice = JSON.parse(event.data); } catch (e) { return; }
      var feed = document.getElementById("feed");
      if (!feed) {
        feed = document.createElement("ul");
        feed.id = "feed";
        feed.className = "feed";
        live.parentNode.insertBefore(feed, live.nextSibling);
        var empty = document.getElementById("feed-empty");
        if (empty) { empty.remove(); }
      }
      var item = document.createElement("li");
      item.className = "card unread";
      var title = document.createElement("h2");
      var badge = document.createElement("span");
      badge.className = "badge new";
      badge.textContent = "New";
      title.appendChild(badge);
      title.appendChild(document.createTextNode(" " + (notice.subject || "")));
      var when = document.createElement("p");
      when.className = "meta";
      when.textContent = "Just now";
      var body = document.createElement("p");
      body.className = "body";
      body.textContent = notice.body || "";
      item.appendChild(title);
      item.appendChild(when);
      item.appendChild(body);
      var token = document.querySelector("input[name=csrf]");
      if (notice.id && token) {
        var form = document.createElement("form");
        form.method = "post";
        form.action = "/notifications/" + encodeURIComponent(notice.id) + "/read";
        var hidden = document.createElement("input");
        hidden.type = "hidden";
        hidden.name = "csrf";
        hidden.value = token.value;
        var button = document.createElement("button");
        button.type = "submit";
        button.className = "secondary";
        button.textContent = "Mark read";
        form.appendChild(hidden);
        form.appendChild(button);
        item.appendChild(form);
      }
      feed.insertBefore(item, feed.firstChild);
      if (announcer) { announcer.textContent = "New notification: " + (notice.subject || ""); }
    };
  }
})();
