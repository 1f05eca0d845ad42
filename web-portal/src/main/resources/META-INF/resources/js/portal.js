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
})();
