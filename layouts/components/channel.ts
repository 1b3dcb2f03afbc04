/** What the PQRSD pages say about the other channels: from content/sitio.yaml, through the route. */
export interface ChannelContact {
  entity: string;
  email: string;
  phones: readonly { label: string; number: string }[];
  address: string;
  hours: readonly string[];
}

/** «teléfono +57 …, correo …, o en la ventanilla (dirección)», for messages that send the citizen elsewhere. */
export function otherChannels(c: ChannelContact): string {
  const phone = c.phones[0]?.number;
  return [phone && `por teléfono al ${phone}`, `al correo ${c.email}`, `o en la ventanilla de la Alcaldía (${c.address})`].filter(Boolean).join(", ");
}
