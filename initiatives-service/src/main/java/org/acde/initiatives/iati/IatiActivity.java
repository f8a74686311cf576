package org.acde.initiatives.iati;

import java.util.List;

import org.acde.contracts.initiatives.IndicatorView;
import org.acde.contracts.initiatives.InitiativeView;

/** What one IATI activity is written from: the initiative and its results framework with the actuals reported. */
record IatiActivity(InitiativeView initiative, List<IndicatorView> indicators) {
}
