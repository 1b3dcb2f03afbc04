/** The PQRSD form's script: the shared enhancement (enhance-form.ts) with its definition. */
import { PQRSD_FORM } from "../../src/forms/pqrsd.ts";
import { enhanceForm } from "./enhance-form.ts";

enhanceForm(PQRSD_FORM);
