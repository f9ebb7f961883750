// Reading a QR code (a LinkedIn profile code, a vCard or MECARD badge) with the camera
// or from a photo. Both are decoded the same way: the browser's BarcodeDetector where it
// reads QR codes (Chrome on Android), else zxing-wasm's reader, self-hosted and loaded
// only when first needed. The text found goes to `onText`; reading it is pycore's work.
import { t } from "./i18n.js";

const DECODER = new URL("vendor/zxing-wasm/es/reader/index.js", import.meta.url).href;
// Without this, zxing-wasm fetches its wasm from a CDN, which the page's policy blocks.
const DECODER_WASM = new URL("vendor/zxing-wasm/reader/zxing_reader.wasm", import.meta.url).href;
// A phone photo is 12 megapixels; a QR code in it reads as well at this width, far sooner.
const PHOTO_WIDTH = 1280;
// After this long without a code in view, the sheet says what else to try.
const HINT_AFTER_MS = 5000;

let decoderLoading = null;

// A function from ImageData to the first QR code's text (or null), made once.
function decoder() {
  decoderLoading ??= makeDecoder().catch((error) => {
    decoderLoading = null;
    throw error;
  });
  return decoderLoading;
}

async function makeDecoder() {
  const native = globalThis.BarcodeDetector;
  if (native && (await native.getSupportedFormats()).includes("qr_code")) {
    const detector = new native({ formats: ["qr_code"] });
    return async (image) => (await detector.detect(image))[0]?.rawValue ?? null;
  }
  const zxing = await import(DECODER);
  zxing.prepareZXingModule({ overrides: { locateFile: () => DECODER_WASM }, fireImmediately: true });
  return async (image) => {
    const [found] = await zxing.readBarcodes(image, { formats: ["QRCode"], maxNumberOfSymbols: 1 });
    return found?.text ?? null;
  };
}

// One canvas for every frame and photo: a new one per frame would churn memory.
let canvas = null;

// The pixels of an image or a video frame, no wider than `maxWidth`.
function pixels(source, width, height, maxWidth = Infinity) {
  const scale = Math.min(1, maxWidth / width);
  canvas ??= document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext("2d", { willReadFrequently: true });
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

// The text of the QR code in a photo (a File), or null when there is none.
export async function readPhoto(file) {
  const [decode, bitmap] = await Promise.all([decoder(), createImageBitmap(file)]);
  try {
    return await decode(pixels(bitmap, bitmap.width, bitmap.height, PHOTO_WIDTH));
  } finally {
    bitmap.close();
  }
}

// Why the camera could not be used, in the user's words, with what still works.
function cameraProblem(error) {
  const name = error?.name;
  if (name === "NotAllowedError" || name === "SecurityError") {
    return t("The camera was not allowed. Take a photo of the code instead, or type their details.");
  }
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "NotReadableError") {
    return t("No camera could be used. Take a photo of the code instead, or type their details.");
  }
  return t("The camera could not start ({reason}). Take a photo of the code instead, or type their details.", {
    reason: error?.message || name,
  });
}

function nextFrame(video) {
  return new Promise((resolve) => {
    if (video.requestVideoFrameCallback) video.requestVideoFrameCallback(() => resolve());
    else requestAnimationFrame(() => resolve());
  });
}

// elements: the Scan button, the photo input, the camera sheet (dialog) with its video,
// its message and its close button, and the message beside the buttons.
export function createScanner(elements, { onText }) {
  const { scan, photo, sheet, video, sheetStatus, close, status } = elements;
  let scanning = null; // the running scan's stream, stopped when the sheet closes

  function say(text) {
    status.textContent = text;
    status.hidden = !text;
  }

  function stop() {
    for (const track of scanning?.getTracks() ?? []) track.stop();
    scanning = null;
    video.srcObject = null;
  }

  async function scanCamera() {
    say("");
    if (!navigator.mediaDevices?.getUserMedia) {
      say(t("This browser gives no camera to the app here. Take a photo of the code instead, or type their details."));
      return;
    }
    sheetStatus.textContent = t("Starting the camera…");
    sheet.showModal();
    decoder().catch(() => {}); // loads while the camera starts; a failure is said below
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: "environment" } },
        audio: false,
      });
    } catch (error) {
      sheet.close();
      say(cameraProblem(error));
      return;
    }
    if (!sheet.open) {
      for (const track of stream.getTracks()) track.stop();
      return;
    }
    scanning = stream;
    video.srcObject = stream;
    sheetStatus.textContent = t("Point the camera at the QR code.");
    try {
      await video.play();
      const decode = await decoder();
      const hintAt = performance.now() + HINT_AFTER_MS;
      while (scanning === stream) {
        if (performance.now() > hintAt) {
          sheetStatus.textContent = t(
            "No QR code found yet: hold it steady, closer, in good light. Or close this and take a photo of the code, or type their details."
          );
        }
        if (video.videoWidth) {
          const text = await decode(pixels(video, video.videoWidth, video.videoHeight));
          if (text && scanning === stream) {
            sheet.close();
            onText(text);
            return;
          }
        }
        await nextFrame(video);
      }
    } catch (error) {
      if (scanning !== stream) return; // closed meanwhile
      sheet.close();
      say(
        t("Scanning stopped ({reason}). Take a photo of the code instead, or type their details.", {
          reason: error?.message || error,
        })
      );
    }
  }

  async function scanPhoto() {
    const [file] = photo.files;
    photo.value = ""; // the same photo chosen again is read again
    if (!file) return;
    say(t("Reading the photo…"));
    try {
      const text = await readPhoto(file);
      if (!text) {
        say(t("No QR code found in that photo. Try again with the code larger and sharp, or type their details."));
        return;
      }
      say("");
      onText(text);
    } catch (error) {
      say(
        t("That photo could not be read ({reason}). Try another, or type their details.", {
          reason: error?.message || error,
        })
      );
    }
  }

  scan.addEventListener("click", scanCamera);
  photo.addEventListener("change", scanPhoto);
  close.addEventListener("click", () => sheet.close());
  sheet.addEventListener("close", stop);
}
