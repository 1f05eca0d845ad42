package dev.workshops.portal.web;

import dev.workshops.portal.services.ServiceCalls;

/**
 * What every page class works with: the services' APIs, called with the signed-in person's token, and the form
 * rules every action goes through. Each page declares its own templates ({@code @CheckedTemplate}).
 */
public abstract class PortalPages {

    protected final ServiceCalls services;
    protected final Forms forms;

    protected PortalPages(ServiceCalls services, Forms forms) {
        this.services = services;
        this.forms = forms;
    }
}
