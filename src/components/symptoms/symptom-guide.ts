/**
 * One question at a time: the node named by the URL's `#q-N` (else the first) is shown and
 * the others hidden. Without this script every question is shown, and the links still work.
 */
class SymptomGuide extends HTMLElement {
  private readonly nodes = [...this.querySelectorAll<HTMLElement>('.ut-guide-node')];
  private showingAll = false;

  connectedCallback(): void {
    const all = this.querySelector<HTMLButtonElement>('.ut-guide-all');
    // one question is all there is: nothing more to show
    if (all && this.nodes.length > 1) {
      all.hidden = false;
      all.addEventListener('click', () => {
        this.showingAll = true;
        all.hidden = true;
        for (const node of this.nodes) node.hidden = false;
      });
    }
    window.addEventListener('hashchange', () => this.show(true));
    this.show(false);
  }

  private show(moved: boolean): void {
    if (this.showingAll) return;
    // No hash (the page as opened, and Back to it) is the first question; another anchor of the page (a heading) leaves the guide as it is.
    const wanted = this.nodes.find((node) => `#${node.id}` === location.hash) ?? (moved && location.hash ? undefined : this.nodes[0]);
    if (!wanted) return;
    for (const node of this.nodes) node.hidden = node !== wanted;
    if (moved) wanted.querySelector<HTMLElement>('h3')?.focus();
  }
}

customElements.define('symptom-guide', SymptomGuide);
