// A remark plugin that turns raw HTML in model output into plain text, so "<br>" in a
// reply reads as "<br>" instead of vanishing, and no markup from a model is ever parsed.
interface MdNode {
  type: string;
  children?: MdNode[];
}

export function remarkHtmlAsText() {
  return (tree: MdNode) => {
    const stack: MdNode[] = [tree];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.type === 'html') node.type = 'text';
      if (node.children) stack.push(...node.children);
    }
  };
}
