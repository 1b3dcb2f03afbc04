/** The comment form of a draft rule: the shared enhancement (enhance-form.ts) with its definition. */
import { COMMENT_FORM } from "../../src/forms/comment.ts";
import { enhanceForm } from "./enhance-form.ts";

enhanceForm(COMMENT_FORM);
