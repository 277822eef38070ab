<?php

// Configuration/TCA/Overrides/tt_content.php of your site package (here: extension key site_package).
// A content element "Partnerstädte": editors pick the town or county and whether a search box is shown.

defined('TYPO3') or die();

use TYPO3\CMS\Core\Utility\ExtensionManagementUtility;

ExtensionManagementUtility::addTcaSelectItem('tt_content', 'CType', [
    'label' => 'Partnerstädte',
    'description' => 'Die Städtepartnerschaften einer Gemeinde oder eines Kreises als Liste',
    'value' => 'partnerelements_list',
    'icon' => 'content-bullets',
    'group' => 'special',
]);

$GLOBALS['TCA']['tt_content']['types']['partnerelements_list'] = [
    'showitem' => '
        --div--;LLL:EXT:core/Resources/Private/Language/Form/locallang_tabs.xlf:general,
            --palette--;;general,
            --palette--;;headers,
            pi_flexform,
        --div--;LLL:EXT:core/Resources/Private/Language/Form/locallang_tabs.xlf:access,
            --palette--;;hidden,
    ',
];

ExtensionManagementUtility::addPiFlexFormValue(
    '*',
    'FILE:EXT:site_package/Configuration/FlexForms/PartnerList.xml',
    'partnerelements_list'
);
