// An image in a message. An image carried inside the message (a data: URL) is shown; a remote
// one is not loaded, since loading it could carry the chat's text to a server: it is a link.
const INLINE_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,/i;

export function ImagePart({ url }: { url: string }) {
  if (INLINE_IMAGE.test(url)) {
    return <img src={url} alt="Image in the message" className="my-2 max-h-80 rounded border" />;
  }
  if (/^https?:\/\//i.test(url)) {
    return (
      <p className="my-2 text-sm">
        <a href={url} target="_blank" rel="noopener noreferrer nofollow" className="underline">
          [image: {url}]
        </a>
      </p>
    );
  }
  return <p className="my-2 text-sm text-stone-500">[image]</p>;
}
