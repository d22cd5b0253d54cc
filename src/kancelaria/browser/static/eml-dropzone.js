/* The register's drop zone for e-mails: a file dropped anywhere on the zone is chosen and
   the form sent (registered at once); without JavaScript the file field still works. */
document.querySelectorAll(".kancelaria-eml-zone").forEach((zone) => {
  const input = zone.querySelector("input[type=file]");
  const form = zone.closest("form");
  const over = (event) => {
    event.preventDefault();
    zone.classList.add("kancelaria-eml-over");
  };
  zone.addEventListener("dragenter", over);
  zone.addEventListener("dragover", over);
  zone.addEventListener("dragleave", () => zone.classList.remove("kancelaria-eml-over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("kancelaria-eml-over");
    if (!event.dataTransfer || !event.dataTransfer.files.length) {
      return;
    }
    input.files = event.dataTransfer.files;
    form.requestSubmit();
  });
});
