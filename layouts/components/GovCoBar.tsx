/** The GOV.CO top bar every State site carries (Resolución 1519 de 2020, anexo 2, 2.1). */
export function GovCoBar() {
  return (
    <nav className="govco" aria-label="Portal del Estado colombiano">
      <div className="envoltura">
        <a href="https://www.gov.co/" className="govco-logo" rel="external noopener">
          <span aria-hidden="true">GOV.CO</span>
          <span className="visualmente-oculto">Ir al portal único del Estado colombiano GOV.CO</span>
        </a>
      </div>
    </nav>
  );
}
