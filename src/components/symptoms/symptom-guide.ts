/**
 * One question at a time: the node named by the URL's `#q-N` (else the first) is shown and
 * the others hidden. Without this script every question is shown, and the links still work.
 */
class SymptomGuide extends HTMLElement {
  private readonly nodes = [...this.querySelectorAll<HTMLElement>('.ut-guide-node')];
  private showingAll = false;

  connectedCallback(): void {
    const all = this.querySelector<HTMLButtonElement>('.ut-guide-all');
    if (all) {
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
    const wanted = this.nodes.find((node) => `#${node.id}` === location.hash) ?? (moved ? undefined : this.nodes[0]);
    if (!wanted) return; // another anchor of the page (a heading): leave the guide as it is
    for (const node of this.nodes) node.hidden = node !== wanted;
    if (moved) wanted.querySelector<HTMLElement>('h3')?.focus();
  }
}

customElements.define('symptom-guide', SymptomGuide);
