// How the Restore list and the backup controls say dates.
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatWhen(time: number): string {
  return dateFormat.format(new Date(time));
}

export function chatCount(chats: number): string {
  return `${chats} ${chats === 1 ? 'chat' : 'chats'}`;
}
