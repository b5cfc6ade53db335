// A partner updates the status of its own action in a support plan: an action of the plan that
// runs through a referral to the partner, on the resident's valid consent. Here the professional
// gives that consent, refers the household's question to the partner's service and adds the
// partner's action to the plan (with the plan's current ETag); the operation then runs on that
// action with the plan's new version.
function vraag(methode, pad, token, body, ifMatch, verder) {
    var header = { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + pm.variables.get(token) };
    if (ifMatch) {
        header['If-Match'] = ifMatch;
    }
    pm.sendRequest({
        url: pm.variables.get('baseUrl') + pad,
        method: methode,
        header: header,
        body: body ? { mode: 'raw', raw: JSON.stringify(body) } : undefined
    }, function (err, res) {
        if (err || res.code >= 300) {
            throw new Error(methode + ' ' + pad + ' for the partner action: ' + (err || res.code + ' ' + res.text()));
        }
        verder(res);
    });
}
var plan = '/ondersteuningsplannen/' + pm.collectionVariables.get('planId');
vraag('POST', '/toestemmingen', 'tokenProfessional', {
    inwonerId: pm.collectionVariables.get('inwonerId'),
    organisatieId: pm.variables.get('partnerOrganisatieId'),
    doel: 'Verwijzing voor een actie uit het plan',
    datum: pm.variables.get('vandaag'),
    vorm: 'mondeling'
}, null, function (toestemming) {
    vraag('POST', '/verwijzingen', 'tokenProfessional', {
        hulpvraagId: pm.collectionVariables.get('hulpvraagId'),
        dienstId: pm.variables.get('partnerDienstId'),
        reden: 'Budgetcoaching als actie uit het plan',
        toestemmingId: toestemming.json().id
    }, null, function (verwijzing) {
        var verwijzingId = verwijzing.json().id;
        vraag('GET', plan, 'tokenProfessional', null, null, function (gelezen) {
            var inhoud = gelezen.json();
            var acties = inhoud.acties.map(function (actie) {
                delete actie.organisatieId;
                return actie;
            });
            acties.push({ omschrijving: 'Budgetcoaching, elke week', eigenaar: 'partner', verwijzingId: verwijzingId });
            vraag('PUT', plan, 'tokenProfessional',
                { doelen: inhoud.doelen, acties: acties, evaluatiedata: inhoud.evaluatiedata },
                gelezen.headers.get('ETag'), function (bijgewerkt) {
                    var actie = bijgewerkt.json().acties.find(function (a) { return a.verwijzingId === verwijzingId; });
                    pm.collectionVariables.set('partneractieId', actie.id);
                    pm.collectionVariables.set('partneractieEtag', bijgewerkt.headers.get('ETag'));
                });
        });
    });
});
