"""Colours of the status lines under forms and panels: red for a refusal, green for done."""

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b6e20;"
