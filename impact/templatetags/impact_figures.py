"""`{% measured_figures page %}` on the initiative page: the hub's own figures for the
initiative's linked videos and material, when the editors opted in (impact.initiative_figures).
initiatives never imports impact; its template loads this library."""

from django import template

from ..initiative_figures import measured_figures as figures_for

register = template.Library()


@register.inclusion_tag("impact/includes/measured_figures.html")
def measured_figures(page):
    return {"figures": figures_for(page)}
