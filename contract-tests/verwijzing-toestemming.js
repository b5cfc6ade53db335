// A referral to a partner needs the resident's consent for that organisation. The consent
// operations have their own folder (which also withdraws its consent), so the referral gets one of
// its own here, given today by the professional.
pm.sendRequest({
    url: pm.variables.get('baseUrl') + '/toestemmingen',
    method: 'POST',
    header: {
        'Content-Type': 'application/json',
        'Authorization': 'Bearer ' + pm.variables.get('tokenProfessional')
    },
    body: {
        mode: 'raw',
        raw: JSON.stringify({
            inwonerId: pm.collectionVariables.get('inwonerId'),
            organisatieId: pm.variables.get('partnerOrganisatieId'),
            doel: 'Verwijzing naar budgetcoaching',
            datum: pm.variables.get('vandaag'),
            vorm: 'mondeling'
        })
    }
}, function (err, res) {
    if (err || res.code !== 201) {
        throw new Error('consent for the referral: ' + (err || res.code + ' ' + res.text()));
    }
    pm.collectionVariables.set('verwijzingToestemmingId', res.json().id);
});
