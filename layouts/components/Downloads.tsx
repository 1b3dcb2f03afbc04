/** The files a table is published in, each named by its format and what it is good for. */
export interface DownloadLink {
  url: string;
  /** «CSV», «XLSX», «JSON». */
  format: string;
  /** What the file is for, in a few words: «para Excel», «para programas». */
  use: string;
}

export function Downloads({ files }: { files: readonly DownloadLink[] }) {
  return (
    <ul className="descargas">
      {files.map((f) => (
        <li key={f.url}>
          <a href={f.url}>{f.format}</a> <span className="cuenta">({f.use})</span>
        </li>
      ))}
    </ul>
  );
}
