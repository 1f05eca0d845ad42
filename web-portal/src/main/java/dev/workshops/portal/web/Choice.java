package dev.workshops.portal.web;

import io.quarkus.qute.TemplateData;

/** One option of a form's select or radio buttons: the value sent, and the words shown. */
@TemplateData
public record Choice(String value, String label) {
}
