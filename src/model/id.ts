/**
 * The id under which the text model's reading joins the evidence (a contact-stage signal). A leaf
 * module, so the scorer can name it without loading the model.
 */
export const MODEL_SIGNAL_ID = 'contact.model';
